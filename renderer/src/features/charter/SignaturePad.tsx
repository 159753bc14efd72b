import ClearOutlined from '@mui/icons-material/ClearOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import { Box, Button, Stack, Typography } from '@mui/material';
import SignaturePadEngine, { type PointGroup } from 'signature_pad';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../main/api/contract';

/** What a signature call needs: the strokes (Relais draws the SVG from them) and the pad's PNG. */
export type DrawnSignature = Pick<InputOf<'charter.signAtDesk'>, 'drawing' | 'png'>;

const PEN = '#1a2a6c';

const clamp = (value: number, max: number) => Math.round(Math.min(Math.max(value, 0), max) * 10) / 10;

/** The strokes as drawn, kept inside the pad: a finger that runs past its edge still signs. */
function drawnFrom(engine: SignaturePadEngine, canvas: HTMLCanvasElement): DrawnSignature | null {
  const groups = engine.toData();
  if (groups.length === 0) return null;
  const rect = canvas.getBoundingClientRect();
  const width = Math.round(rect.width);
  const height = Math.round(rect.height);
  const strokes = groups.map((group) => group.points.map((point): [number, number] => [clamp(point.x, width), clamp(point.y, height)]));
  return { drawing: { width, height, strokes }, png: engine.toDataURL('image/png') };
}

/**
 * A pad to sign with a finger, a pen or the mouse (signature_pad), with « Effacer » and « Annuler le
 * dernier trait ». Reports the signature after every stroke, or null when the pad is empty.
 */
export function SignaturePad({ onChange, height = 220, large = false }: { onChange: (signature: DrawnSignature | null) => void; height?: number; large?: boolean }) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const engineRef = useRef<SignaturePadEngine | null>(null);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const engine = new SignaturePadEngine(canvas, { penColor: PEN, minWidth: 1, maxWidth: large ? 3.5 : 2.8, backgroundColor: 'rgba(0,0,0,0)' });
    // Sharp on high-density screens: the bitmap is scaled, the strokes stay in CSS pixels. When the
    // pad changes size (a scrollbar, a turned tablet) the bitmap follows, so the ink stays under the finger.
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const { width, height: cssHeight } = canvas.getBoundingClientRect();
      if (canvas.width === Math.round(width * ratio) && canvas.height === Math.round(cssHeight * ratio)) return;
      const strokes = engine.toData();
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(cssHeight * ratio);
      canvas.getContext('2d')?.scale(ratio, ratio);
      engine.clear();
      if (strokes.length > 0) engine.fromData(strokes);
    };
    fit();
    const resized = new ResizeObserver(fit);
    resized.observe(canvas);
    const report = () => {
      setEmpty(engine.isEmpty());
      changed.current(drawnFrom(engine, canvas));
    };
    engine.addEventListener('endStroke', report);
    engineRef.current = engine;
    return () => {
      resized.disconnect();
      engine.removeEventListener('endStroke', report);
      engine.off();
      engineRef.current = null;
    };
  }, [large]);

  const redraw = (groups: PointGroup[]) => {
    const engine = engineRef.current;
    const canvas = canvasRef.current;
    if (!engine || !canvas) return;
    engine.clear();
    if (groups.length > 0) engine.fromData(groups);
    setEmpty(engine.isEmpty());
    onChange(drawnFrom(engine, canvas));
  };

  return (
    <Stack spacing={1}>
      <Box sx={{ position: 'relative', border: 2, borderColor: 'primary.light', borderRadius: 2, bgcolor: '#fff', touchAction: 'none' }}>
        <canvas ref={canvasRef} aria-label={t('signature.pad')} role="img" style={{ display: 'block', width: '100%', height, cursor: 'crosshair', touchAction: 'none' }} />
        {empty && (
          <Typography aria-hidden color="text.secondary" sx={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', pointerEvents: 'none', fontSize: large ? '1.4rem' : '1rem' }}>
            {t('signature.sign_here')}
          </Typography>
        )}
        <Box aria-hidden sx={{ position: 'absolute', left: '8%', right: '8%', bottom: '22%', borderBottom: 1, borderColor: 'divider', pointerEvents: 'none' }} />
      </Box>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button size={large ? 'large' : 'medium'} sx={large ? { minHeight: 48 } : undefined} startIcon={<UndoOutlined />} disabled={empty} onClick={() => redraw((engineRef.current?.toData() ?? []).slice(0, -1))}>
          {t('signature.undo')}
        </Button>
        <Button size={large ? 'large' : 'medium'} sx={large ? { minHeight: 48 } : undefined} startIcon={<ClearOutlined />} disabled={empty} onClick={() => redraw([])}>
          {t('signature.clear')}
        </Button>
      </Stack>
    </Stack>
  );
}

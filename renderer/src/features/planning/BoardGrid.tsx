import { Box, ButtonBase, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { formatDate, formatLongDate } from '../../format';
import { currentLanguage } from '../../i18n';
import type { View } from './period';

type Board = OutputOf<'bookings.board'>;
export type Cell = Board['cells'][number];
type Day = Board['days'][number];
type Seat = Board['rooms'][number]['seats'][number];
export interface Target {
  seat: string;
  seatKind: string;
  date: string;
  half: 'am' | 'pm';
  cell?: Cell;
}

const HALVES = ['am', 'pm'] as const;

function dayHeading(date: string, view: View, language: 'fr' | 'en'): string {
  if (view === 'day') return formatLongDate(date, language);
  // A month's columns are narrow: the weekday's letter goes above the day (`L` / `7`).
  const options: Intl.DateTimeFormatOptions = view === 'month' ? { weekday: 'narrow' } : { weekday: 'short', day: 'numeric', month: 'numeric' };
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', options).format(new Date(y, m - 1, d));
}

/** Out of service that day (the seat or its room): greyed like a closed day, not bookable. */
export const outOfService = (seat: Pick<Seat, 'retiredOn'>, date: string) => seat.retiredOn !== null && seat.retiredOn <= date;

/** The visible cell for a seat and half-day: a booking wins over the released plan it replaces. */
function cellAt(cells: Map<string, Cell[]>, seat: string, date: string, half: string): Cell | undefined {
  const here = cells.get(`${seat} ${date} ${half}`) ?? [];
  return here.find((cell) => cell.kind === 'booking') ?? here[0];
}

/** Arrow keys move between cells; Home and End go to the first and last day. */
function moveFocus(event: KeyboardEvent<HTMLElement>, row: number, column: number, rows: number, columns: number) {
  const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -column], End: [0, columns - 1 - column] };
  const move = moves[event.key];
  if (!move) return;
  event.preventDefault();
  const next = [Math.min(Math.max(row + move[0], 0), rows - 1), Math.min(Math.max(column + move[1], 0), columns - 1)];
  document.querySelector<HTMLElement>(`[data-cell="${next[0]}-${next[1]}"]`)?.focus();
}

/** Seats (rows, grouped by room) × days split into morning and afternoon. */
export function BoardGrid({ board, view, today, onOpen }: { board: Board; view: View; today: string; onOpen: (target: Target) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const cells = new Map<string, Cell[]>();
  for (const cell of board.cells) {
    const key = `${cell.seat} ${cell.date} ${cell.half}`;
    cells.set(key, [...(cells.get(key) ?? []), cell]);
  }
  const desks = board.rooms.map((room) => ({ ...room, seats: room.seats.filter((seat) => seat.kind !== 'room') })).filter((room) => room.seats.length > 0);
  const rows = desks.flatMap((room) => room.seats);
  const unsigned = new Set(board.unsignedCharter);
  const columns = board.days.length * 2;
  const compact = view === 'month';
  // One Tab stop for the whole grid (the cell last focused); the arrows move within it.
  const [remembered, setActive] = useState('0-0');
  // The grid may have shrunk (a day after a month): the Tab stop stays on a cell that exists.
  const [r = 0, c = 0] = remembered.split('-').map(Number);
  const active = `${Math.min(r, Math.max(rows.length - 1, 0))}-${Math.min(c, Math.max(columns - 1, 0))}`;
  const shade = (day: Day) => (day.open ? undefined : 'action.hover');
  const isToday = (day: Day) => day.date === today;
  const tint = (day: Day) => (isToday(day) ? 'rgba(47, 107, 79, 0.07)' : undefined);

  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" sx={{ tableLayout: 'fixed', '& td, & th': { px: compact ? 0.25 : 1, py: 0.5 } }} aria-label={t('planning.board')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: compact ? 44 : 110 }} />
            {board.days.map((day) => (
              <TableCell key={day.date} colSpan={2} align="center" sx={{ bgcolor: shade(day) ?? tint(day), fontWeight: isToday(day) ? 700 : 500, borderTop: isToday(day) ? 3 : 0, borderTopColor: 'primary.main' }} aria-current={isToday(day) ? 'date' : undefined} title={day.label?.[language]}>
                <Typography variant="body2" sx={{ fontWeight: 'inherit', whiteSpace: 'nowrap' }}>
                  {dayHeading(day.date, view, language)}
                  {compact && <Box component="span" sx={{ display: 'block' }}>{Number(day.date.slice(8))}</Box>}
                </Typography>
                {!day.open && !compact && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block', lineHeight: 1.2 }}>
                    {day.label?.[language]}
                  </Typography>
                )}
              </TableCell>
            ))}
          </TableRow>
          {!compact && (
            <TableRow>
              <TableCell />
              {board.days.flatMap((day) =>
                HALVES.map((half) => (
                  <TableCell key={`${day.date}${half}`} align="center" sx={{ bgcolor: shade(day) ?? tint(day), color: 'text.secondary', fontSize: 12 }}>
                    {t(view === 'day' ? `planning.halves_long.${half}` : `planning.halves.${half}`)}
                  </TableCell>
                )),
              )}
            </TableRow>
          )}
        </TableHead>
        <TableBody>
          {desks.map((room) => (
            <Fragment key={room.id}>
              <TableRow>
                <TableCell colSpan={columns + 1} sx={{ bgcolor: 'background.default', fontWeight: 600 }}>{room.name}</TableCell>
              </TableRow>
              {room.seats.map((seat) => {
                const row = rows.indexOf(seat);
                return (
                  <TableRow key={seat.code}>
                    <SeatHeading seat={seat} compact={compact} lastDay={board.days.at(-1)?.date ?? ''} />
                    {board.days.flatMap((day, dayIndex) =>
                      HALVES.map((half, halfIndex) => {
                        const column = dayIndex * 2 + halfIndex;
                        const retired = outOfService(seat, day.date);
                        const offered = day.halves.includes(half) && !retired;
                        const cell = offered ? cellAt(cells, seat.code, day.date, half) : undefined;
                        return (
                          <TableCell key={`${day.date}${half}`} sx={{ p: '2px !important', bgcolor: retired ? 'action.hover' : (shade(day) ?? tint(day)), borderLeft: halfIndex === 0 ? 1 : 0, borderLeftColor: 'divider' }}>
                            <BoardCellButton
                              label={cellLabel(t, seat.code, day, half, cell, { offered, retired }, language, unsigned)}
                              cell={cell}
                              unsigned={cell !== undefined && cell.memberId !== null && unsigned.has(cell.memberId)}
                              offered={offered}
                              compact={compact}
                              wide={view === 'day'}
                              dataCell={`${row}-${column}`}
                              tabbable={active === `${row}-${column}`}
                              onFocus={() => setActive(`${row}-${column}`)}
                              onKeyDown={(event) => moveFocus(event, row, column, rows.length, columns)}
                              onClick={() => offered && onOpen({ seat: seat.code, seatKind: seat.kind, date: day.date, half, cell })}
                            />
                          </TableCell>
                        );
                      }),
                    )}
                  </TableRow>
                );
              })}
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** The row's heading: the seat's code, its kind, and the day it goes out of service if the board reaches it. */
function SeatHeading({ seat, compact, lastDay }: { seat: Seat; compact: boolean; lastDay: string }) {
  const { t } = useTranslation();
  const retiring = outOfService(seat, lastDay) ? t('planning.retired_from', { date: formatDate(seat.retiredOn!, currentLanguage()) }) : undefined;
  return (
    <TableCell component="th" scope="row" sx={{ overflow: 'hidden' }} title={retiring}>
      <strong>{seat.code}</strong>
      {!compact && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', lineHeight: 1.2 }}>
          {t(`seat_kinds.${seat.kind}`)}
        </Typography>
      )}
      {!compact && retiring && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', lineHeight: 1.2, fontStyle: 'italic' }}>
          {retiring}
        </Typography>
      )}
    </TableCell>
  );
}

function cellLabel(t: TFunction, seat: string, day: Day, half: 'am' | 'pm', cell: Cell | undefined, { offered, retired }: { offered: boolean; retired: boolean }, language: 'fr' | 'en', unsigned: Set<number>): string {
  const when = `${seat}, ${day.date.split('-').reverse().join('/')}, ${t(`planning.halves_long.${half}`)}`;
  if (retired) return `${when} : ${t('planning.retired')}`;
  if (!offered) return `${when} : ${day.label?.[language] ?? t('planning.closed')}`;
  if (!cell || cell.kind === 'released') return `${when} : ${t(cell ? 'planning.released' : 'planning.free')}`;
  const charter = cell.memberId !== null && unsigned.has(cell.memberId) ? ` (${t('signature.unsigned')})` : '';
  return `${when} : ${cell.name}${charter}`;
}

/** « Armine M. »: enough to recognise someone in a half-day cell. */
function shortName(name: string): string {
  const [first, ...rest] = name.split(/\s+/);
  const last = rest.join(' ');
  return last ? `${first} ${last.charAt(0)}.` : (first ?? '');
}

/** Marks the cell of a member who has not signed the charter in force (explained in the legend). */
const CHARTER_MARK = '✎';

function BoardCellButton({ label, cell, unsigned, offered, compact, wide, dataCell, tabbable, onFocus, onKeyDown, onClick }: {
  label: string;
  cell?: Cell;
  /** The member has not signed the charter in force: a warning mark on the cell. */
  unsigned: boolean;
  offered: boolean;
  compact: boolean;
  wide: boolean;
  dataCell: string;
  tabbable: boolean;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onClick: () => void;
}) {
  const booked = cell && cell.kind !== 'released';
  const colour = !booked ? undefined : cell.kind === 'plan' ? 'secondary.light' : 'primary.light';
  // A month has no room for names: the colour says taken, the label and tooltip say who.
  const name = booked ? (wide ? cell.name : shortName(cell.name)) : '';
  const shown = compact ? '' : name;
  const text = cell?.kind === 'released' ? '↺' : unsigned && booked ? `${CHARTER_MARK}${compact ? '' : ` ${shown}`}` : shown;
  return (
    <ButtonBase
      data-cell={dataCell}
      aria-label={label}
      title={label}
      tabIndex={tabbable ? 0 : -1}
      onFocus={onFocus}
      // Closed cells stay focusable, so that the arrow keys cross a holiday and hear its name.
      aria-disabled={!offered}
      // Nothing happens on a closed or out-of-service cell: no ripple pretends otherwise.
      disableRipple={!offered}
      onClick={onClick}
      onKeyDown={onKeyDown}
      sx={{
        width: '100%',
        height: compact ? 26 : 34,
        borderRadius: 1,
        px: 0.5,
        justifyContent: 'flex-start',
        bgcolor: colour,
        color: booked ? 'common.white' : 'text.secondary',
        border: booked || !offered ? 0 : '1px dashed',
        borderColor: 'divider',
        fontSize: 12,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
        cursor: offered ? 'pointer' : 'default',
        '&:hover': { bgcolor: booked ? colour : offered ? 'action.hover' : undefined },
        '&.Mui-focusVisible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 1 },
      }}
    >
      <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {text}
      </Box>
    </ButtonBase>
  );
}

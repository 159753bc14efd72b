import type { OutputOf } from '../../../../main/api/contract';

/** A member as the kiosk knows them: an id and « Marie D. ». */
export type Person = OutputOf<'kiosk.find'>[number];

import type { Dispatch } from '../../main/api/dispatcher';
import type { Session } from '../../main/api/session';
import { expectOk } from './db';

/** A member as the desk would type them. */
export const LOU = {
  firstName: 'Lou',
  lastName: 'Garnier',
  email: 'lou.garnier@example.org',
  phone: '06 12 34 56 78',
  address: '3 chemin des Vignes',
  postcode: '33500',
  city: 'Libourne',
  inseeCode: '33243',
  organisationName: '',
  organisationSiren: '',
  organisationAddress: '',
  profile: 'independent',
  commuteMode: 'car',
  commuteConsent: true,
  kmToWorkplace: 32,
  kmToSpace: 4.5,
  notes: 'Préfère le poste près de la fenêtre.',
};

export function addMember(dispatch: Dispatch, session: Session, changes: Partial<typeof LOU> = {}): number {
  return (expectOk(dispatch(session, 'members.add', { ...LOU, ...changes })) as { id: number }).id;
}

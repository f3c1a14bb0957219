// What every coordinator screen needs: the open store and a way to report a storage problem.
import { createContext, useContext } from 'react';
import type { CoordinatorStore, DatabaseProblem } from '../../db/coordinatorStore';

export interface CoordinatorContextValue {
  store: CoordinatorStore;
  reportProblem: (problem: DatabaseProblem) => void;
}

export const CoordinatorContext = createContext<CoordinatorContextValue | null>(null);

export function useCoordinator(): CoordinatorContextValue {
  const value = useContext(CoordinatorContext);
  if (!value) throw new Error('useCoordinator() outside the coordinator area');
  return value;
}

export const LAST_BACKUP_KEY = 'lastBackupAt';

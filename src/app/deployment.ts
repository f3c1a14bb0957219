// The deployment settings compiled into this build (validated again at build time by vite.config.ts).
import pilot from '../../surveys/pilot.json';
import { validateDeployment, type Deployment } from '../domain/deployment';

function load(): Deployment {
  const result = validateDeployment(pilot);
  if (!result.ok) throw new Error(`surveys/pilot.json: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.value;
}

export const deployment: Deployment = load();

// Hash routes (`#/coordinator/responses/…`): they work from any sub-path with no server rewrite rules.
import { useSyncExternalStore } from 'react';
import { routeSegments } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return window.location.hash;
}

export function useRoute(): string[] {
  return routeSegments(useSyncExternalStore(subscribe, snapshot));
}

export function hrefFor(...segments: string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`;
}

export function navigate(...segments: string[]): void {
  window.location.hash = hrefFor(...segments);
}

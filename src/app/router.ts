// Hash routes (`#/coordinator/responses/…`): they work from any sub-path with no server rewrite rules.
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return window.location.hash;
}

/** The route's path segments, e.g. `#/coordinator/responses/abc` → ['coordinator', 'responses', 'abc']. */
export function routeSegments(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
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

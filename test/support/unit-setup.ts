// Unit-test setup: an in-memory IndexedDB so Dexie-backed stores run under Node.
import 'fake-indexeddb/auto';

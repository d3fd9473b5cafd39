// What a test page has fetched of the body map's folder: the lazy-loading tests' probe.
// A module of its own, importing nothing of the map, so using it fetches none of it.

/** Scripts this page has fetched from the map's folder, by file name, sorted. */
export const fetchedFromMap = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.includes('/components/internal/body-map/'))
    .map((path) => path.slice(path.lastIndexOf('/') + 1))
    .sort();

export {};
console.log('pagefind comparison: not yet');

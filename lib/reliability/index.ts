export * from './periods';
export * from './availability';
export * from './composition';
export * from './probability';

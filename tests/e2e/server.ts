// The e2e tests' static host is the tools' own (src/cli/serveDist.ts): the CLI imports no test helpers.
export { CSP, serve, type ServeOptions } from '../../src/cli/serveDist';

// Shared with the bench (src/cli/nationalGallery.ts): the CLI imports no test helpers.
export { nationalIndex, serveNationalIndex } from '../../src/cli/nationalGallery';

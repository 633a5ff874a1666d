/** TD registers: parse CSV / JSON / ITU listing HTML / ITU TD index XML into one lookup. */
export { parseRegister, detectRegisterFormat } from './parse-register';
export { createRegister } from './register';
export { parseObjectName } from './td-id';
export { parseTdId, tdId } from '../refs/td';
export { RegisterError, type TdEntry, type TdRegister, type RegisterFormat } from './types';

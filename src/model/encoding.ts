/** Which encoding a register is read in: decided by validity (UTF-8 unless the bytes are not), or forced. */
export type EncodingChoice = 'auto' | 'utf-8' | 'windows-1252';
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

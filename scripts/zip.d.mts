export function writeZip(path: string, files: Array<{ name: string; data: Buffer }>): void;

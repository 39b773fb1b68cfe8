/** The evaluation corpus files, imported as text by Vite's `?raw` suffix (no file I/O in domain). */
declare module '*.txt?raw' {
  const text: string;
  export default text;
}

/** Vite's `?url` imports: the URL of the file as the build emits it (see vite/client). */
declare module '*?url' {
  const url: string;
  export default url;
}

// Bundles the command line into one plain-JavaScript file, dist/cli/td-lens.mjs, which `td-lens` (cli/bin.mjs)
// runs: every dependency inlined (the installed package needs no runtime dependencies) and no TypeScript loader at
// start-up. Run by `npm run build` and, through `prepack`, by `npm pack` and `npm publish`.
// Also writes dist/cli/sources.json, the checkout's files the bundle was built from: bin.mjs compares their times
// with the bundle's, so a source checkout never runs a stale bundle.
// Start-up is the cost a user feels (bench/cli.bench.ts): the libraries that build tables when loaded are loaded
// the first time they are called, so `check agenda.txt` never pays for the .docx and .html readers.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist/cli');
const outFile = join(outDir, 'td-lens.mjs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Libraries loaded on first use, each from a file of its own beside the bundle (dist/cli/lib/NAME.cjs): fflate
 * (a browser's inflater; Node's zlib does the CLI's), htmlparser2 (.html) and saxes (.docx and XML registers). The
 * bundle holds a stand-in module for each, whose functions and classes load the library when first called or
 * constructed, so `check agenda.txt` neither compiles nor runs their code (V8 compiles the whole bundle file at
 * start: every kilobyte kept out of it is start-up saved). Each file carries only the exports named here (the
 * rest is tree-shaken: htmlparser2's index would also load domutils and the HTML encoder's tables), and importing
 * any other name fails the build.
 */
const LAZY = { fflate: ['Inflate', 'zipSync'], htmlparser2: ['Parser'], saxes: ['SaxesParser'] };
const libFile = (name) => `lib/${name}.cjs`;
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(LAZY).join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.namespace === 'lazy' ? undefined : { path: args.path, namespace: 'lazy' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, ({ path }) => {
      const contents = [
        "import { createRequire } from 'node:module';",
        'let loaded;',
        `const load = () => (loaded ??= createRequire(import.meta.url)(${JSON.stringify(`./${libFile(path)}`)}));`,
        'const lazy = (name) => {',
        '  const stand = function (...args) {',
        '    const real = load()[name];',
        '    return new.target ? new real(...args) : real.apply(this, args);',
        '  };',
        '  Object.defineProperty(stand, Symbol.hasInstance, { value: (value) => value instanceof load()[name] });',
        '  return stand;',
        '};',
        ...LAZY[path].map((name) => `export const ${name} = lazy(${JSON.stringify(name)});`),
      ].join('\n');
      return { contents, loader: 'js', resolveDir: root };
    });
  },
};

/** Written aside, then renamed: a `td-lens` started meanwhile (tests run in parallel) sees the old or the new file, whole. */
function writeWhole(file, contents) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
}

const started = Date.now();
mkdirSync(outDir, { recursive: true });
const result = await esbuild.build({
  entryPoints: [join(root, 'cli/main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  minify: true,
  legalComments: 'eof',
  // The version is part of the bundle: the installed package keeps no package.json beside it at a known path.
  define: { __TD_LENS_VERSION__: JSON.stringify(pkg.version) },
  plugins: [lazyLibraries],
  metafile: true,
  write: false,
  logLevel: 'warning',
});
const sources = [
  ...Object.keys(result.metafile.inputs).filter(
    (file) => !file.startsWith('node_modules/') && !file.startsWith('lazy:'),
  ),
  'package.json',
  'package-lock.json',
].map((file) => relative(root, resolve(root, file)).split('\\').join('/'));
writeFileSync(join(outDir, 'sources.json'), `${JSON.stringify(sources, null, 1)}\n`);
// The libraries first: a bundle never runs without the files it loads.
for (const [name, exports] of Object.entries(LAZY)) {
  const lib = await esbuild.build({
    stdin: {
      contents: `export { ${exports.join(', ')} } from ${JSON.stringify(name)};`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20.19',
    minify: true,
    legalComments: 'eof',
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(join(outDir, 'lib'), { recursive: true });
  writeWhole(join(outDir, libFile(name)), lib.outputFiles[0].contents);
}
writeWhole(outFile, result.outputFiles[0].contents);
console.log(
  `[build-cli] dist/cli/td-lens.mjs (${(result.outputFiles[0].contents.length / 1024).toFixed(1)} KiB) and dist/cli/lib/{${Object.keys(LAZY).join(',')}}.cjs in ${Date.now() - started} ms`,
);

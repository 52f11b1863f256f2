/**
 * Builds the task pane (taskpane.html), the ribbon command page (commands.html) and the help
 * page (the officer's guide, docs/huong-dan-can-bo.md, with its screenshots under images/) into
 * dist/, copying assets/. exceljs and the feature code are split into chunks loaded
 * on first use (dynamic import()), so the pane's first load stays light.
 *
 * No eval anywhere: devtool is a separate source map (or none), never eval-*, because the pane's
 * Content-Security-Policy has no 'unsafe-eval'.
 *
 * The dev server (`npm run dev-server`; `npm start` drives the same config through
 * scripts/start.js) serves over HTTPS on port 3000 with office-addin-dev-certs, and falls back
 * to plain HTTP when the certificates cannot be made.
 */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { manifestForHost, manifestVersion, normalizeAddinUrl, iisWebConfig } = require('./scripts/deployManifest.js');
const { guideImages, renderGuide } = require('./scripts/helpPage.js');

const DEV_PORT = Number(process.env.PORT || 3000);
// office.js where Microsoft's documentation references it since September 2026, the unified
// Microsoft 365 domain (office-js-docs-pr 5882), in each page's head as documented; the same
// address is OFFICE_JS_URL in src/taskpane/host/detectHost.ts.
const OFFICE_JS = 'https://officeapis.public.onecdn.static.microsoft/1/office.js';
// Both Office CDN origins: the new one, and appsforoffice.microsoft.com that office.js served
// from until then and may still load its host-specific files from.
const OFFICE_ORIGINS = ['https://officeapis.public.onecdn.static.microsoft', 'https://appsforoffice.microsoft.com'];

/** The pages' Content-Security-Policy: our own files, office.js from Microsoft, inline styles for Fluent (Griffel). */
function contentSecurityPolicy(dev) {
  const office = OFFICE_ORIGINS.join(' ');
  const connect = ["'self'", office];
  // The dev server's live-reload socket.
  if (dev) connect.push('ws://localhost:*', 'wss://localhost:*');
  return [
    "default-src 'self'",
    `script-src 'self' ${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    `frame-src 'self' ${office}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** HTTPS options from office-addin-dev-certs, or null (plain HTTP) when they cannot be made here. */
async function httpsOptions() {
  if (process.env.KSTTHC_HTTP === '1') return null;
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (err) {
    process.env.KSTTHC_HTTPS_FAILED = String((err && err.message) || err);
    return null;
  }
}

/**
 * With ADDIN_URL (a release for the department's own HTTPS host) the build also writes
 * manifest.xml (every URL under ADDIN_URL, Version from package.json) and an IIS web.config with
 * the cache rules; without it, dist/ is the development build as before.
 */
class DeployFilesPlugin {
  constructor(addinUrl) {
    this.addinUrl = addinUrl;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('DeployFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'DeployFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const xml = fs.readFileSync(path.resolve(__dirname, 'manifest.xml'), 'utf8');
        const version = manifestVersion(require('./package.json').version);
        compilation.emitAsset('manifest.xml', new RawSource(manifestForHost(xml, { addinUrl: this.addinUrl, version })));
        compilation.emitAsset('web.config', new RawSource(iisWebConfig()));
      });
    });
  }
}

/** ADDIN_URL made canonical, or null when unset; a wrong one stops the build with a Vietnamese sentence. */
function addinUrlFromEnv() {
  const raw = process.env.ADDIN_URL;
  if (!raw) return null;
  try {
    return normalizeAddinUrl(raw);
  } catch (err) {
    console.error(`Không build được: ${err.message}`);
    process.exit(1);
  }
}

module.exports = async (env = {}, argv = {}) => {
  const addinUrl = addinUrlFromEnv();
  const mode = argv.mode || (env.production ? 'production' : 'development');
  const dev = mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  // scripts/start.js makes the certificates itself (to say which protocol it serves) and passes them in.
  const https = serving ? (env.httpsOptions !== undefined ? env.httpsOptions : await httpsOptions()) : null;
  const hasAssets = fs.existsSync(path.resolve(__dirname, 'assets'));
  const helpImages = guideImages();
  const csp = contentSecurityPolicy(dev);

  return {
    mode,
    devtool: dev ? 'source-map' : false,
    entry: {
      // ES5, first on the pane page: says what to update in a webview too old for the pane.
      'webview-check': './src/taskpane/bootstrap/webviewCheck.js',
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      clean: true,
      // Relative chunk URLs: the pages sit next to their scripts (and 'auto' would need the global shim).
      publicPath: '',
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
        { test: /[\\/]exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/, use: path.resolve(__dirname, 'scripts/no-eval-loader.js') },
      ],
    },
    performance: { hints: false },
    // webpack's own runtime in ES5, so the ES5 webview check runs in Internet Explorer's webview
    // (Trident); the modules keep their syntax (ES2022 at most, checked by test/browser/webviews.test.ts).
    target: ['web', 'es5'],
    // No `global` shim: webpack's one falls back to new Function("return this").
    node: { global: false },
    optimization: {
      splitChunks: {
        chunks: 'async',
        // exceljs gets a chunk of its own name, so the bundle report can find it.
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 10 } },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['webview-check', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        templateParameters: { csp, officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
        templateParameters: { csp, officeJs: OFFICE_JS },
      }),
      // The help page is the officer's guide (docs/huong-dan-can-bo.md) with its screenshots.
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        chunks: [],
        templateParameters: { csp, guide: renderGuide() },
      }),
      ...(hasAssets || helpImages.length > 0
        ? [
            new CopyWebpackPlugin({
              patterns: [...(hasAssets ? [{ from: 'assets', to: 'assets' }] : []), ...helpImages.map((src) => ({ from: path.join('docs', src), to: src }))],
            }),
          ]
        : []),
      ...(addinUrl ? [new DeployFilesPlugin(addinUrl)] : []),
    ],
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      server: https ? { type: 'https', options: https } : { type: 'http' },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: hasAssets ? [{ directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' }] : [],
      hot: false,
      liveReload: true,
      client: { overlay: false },
      devMiddleware: { writeToDisk: false },
    },
  };
};

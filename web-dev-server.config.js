// `npm start`: serves demo/ (and the built dist/) on a fixed loopback port.
export const PORT = 8765;

export default {
  hostname: '127.0.0.1',
  port: PORT,
  nodeResolve: true,
  rootDir: '.',
  middleware: [
    // `/` is the demo index, not a 404 or a directory listing.
    function demoIndex(ctx, next) {
      if (ctx.path === '/' || ctx.path === '/index.html') ctx.path = '/demo/index.html';
      return next();
    },
  ],
  plugins: [
    {
      name: 'print-url',
      serverStart() {
        console.log(`\n  tpi-guide demo: http://127.0.0.1:${PORT}/`);
        // The SMART on FHIR app: register these two with an EHR sandbox (README, "SMART on FHIR app").
        console.log(`  SMART app launch URL:   http://127.0.0.1:${PORT}/demo/smart/launch.html`);
        console.log(`  SMART app redirect URL: http://127.0.0.1:${PORT}/demo/smart/app.html\n`);
      },
    },
  ],
};

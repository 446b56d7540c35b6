// Drives a real yaml-language-server over stdio the way an editor does (initialize, configuration,
// didOpen, then hover and completion requests) and prints what it said as one JSON object.
// Run by dev.planforge.editor.EditorSchemaTest; the job comes as JSON on standard input:
//   {"server": "yaml-language-server", "schemas": {"file:///…/plan.schema.json": ["*.yaml"]},
//    "files": ["/abs/a.yaml", …],
//    "hovers": [{"file": "/abs/a.yaml", "line": 0, "character": 2}, …],
//    "completions": [{"file": "/abs/a.yaml", "line": 3, "character": 9}, …]}
// Positions are LSP's: lines and characters count from 0.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const job = JSON.parse(readFileSync(0, 'utf8'));
const require = createRequire(import.meta.url);
const serverMain = require.resolve(`${job.server}/bin/yaml-language-server`);
const serverVersion = require(`${job.server}/package.json`).version;

const child = spawn(process.execPath, [serverMain, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
let serverErr = '';
child.stderr.on('data', (d) => { serverErr += d; });

const settings = {
  yaml: {
    validate: true,
    hover: true,
    completion: true,
    // No network: the schema comes from the file the plan names or from the mapping below.
    schemaStore: { enable: false },
    schemas: job.schemas || {},
  },
  http: { proxy: '', proxyStrictSSL: false },
  '[yaml]': {},
  editor: {},
};

let nextId = 1;
const pending = new Map();
const diagnostics = new Map(); // uri -> latest diagnostics
let lastPublish = Date.now();

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
}

function notify(method, params) {
  send({ method, params });
}

function onMessage(message) {
  if (message.id !== undefined && message.method === undefined) {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) {
      waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
    } else {
      waiting.resolve(message.result);
    }
  } else if (message.id !== undefined) {
    // A request from the server: answer what an editor would.
    let result = null;
    if (message.method === 'workspace/configuration') {
      result = message.params.items.map((item) => settings[item.section] ?? null);
    }
    send({ id: message.id, result });
  } else if (message.method === 'textDocument/publishDiagnostics') {
    diagnostics.set(message.params.uri, message.params.diagnostics);
    lastPublish = Date.now();
  }
}

let buffer = Buffer.alloc(0);
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
    buffer = buffer.subarray(headerEnd + 4 + length);
    onMessage(JSON.parse(body));
  }
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function fail(message) {
  process.stderr.write(`${message}\n${serverErr}`);
  child.kill();
  process.exit(1);
}

const timer = setTimeout(() => fail('the language server did not finish within 60 s'), 60_000);

const uriOf = (file) => pathToFileURL(file).href;

await request('initialize', {
  processId: process.pid,
  rootUri: null,
  capabilities: {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
    textDocument: {
      publishDiagnostics: {},
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    },
  },
});
notify('initialized', {});
notify('workspace/didChangeConfiguration', { settings });
await sleep(200);

for (const file of job.files) {
  notify('textDocument/didOpen', {
    textDocument: { uri: uriOf(file), languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') },
  });
}

// Wait until every file has its diagnostics and the server has been quiet for a moment (a
// configuration change may publish a second, final set).
for (;;) {
  const all = job.files.every((f) => diagnostics.has(uriOf(f)));
  if (all && Date.now() - lastPublish > 400) break;
  await sleep(50);
}

const hovers = [];
for (const h of job.hovers || []) {
  const result = await request('textDocument/hover', {
    textDocument: { uri: uriOf(h.file) },
    position: { line: h.line, character: h.character },
  });
  const contents = result?.contents;
  hovers.push({ ...h, text: typeof contents === 'string' ? contents : contents?.value ?? '' });
}

const completions = [];
for (const c of job.completions || []) {
  const result = await request('textDocument/completion', {
    textDocument: { uri: uriOf(c.file) },
    position: { line: c.line, character: c.character },
  });
  const items = Array.isArray(result) ? result : result?.items ?? [];
  completions.push({
    ...c,
    items: items.map((i) => ({ label: i.label, insertText: i.insertText ?? i.textEdit?.newText ?? i.label })),
  });
}

await request('shutdown', null);
notify('exit', null);
clearTimeout(timer);

const out = {
  server: serverVersion,
  diagnostics: Object.fromEntries(job.files.map((f) => [f, (diagnostics.get(uriOf(f)) || []).map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: d.severity,
    message: d.message,
  }))])),
  hovers,
  completions,
};
process.stdout.write(JSON.stringify(out, null, 1));

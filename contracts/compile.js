#!/usr/bin/env node
// Compiles Solidity with the pinned solc-js through its standard-JSON
// interface. Reproducible: evmVersion is explicit and the metadata hash is off.
//
// usage:
//   node compile.js FILE.sol CONTRACT   print {"abi": [...], "bytecode": "0x..."}
//   node compile.js --build OUTDIR      compile every artefact listed below and
//                                       write OUTDIR/<Contract>.json in solc's
//                                       combined-JSON form (what abigen reads)
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

// The committed artefacts: [source under contracts/, contract name].
const ARTEFACTS = [
  ['src/Rollup.sol', 'Rollup'],
  ['src/test/TestTokens.sol', 'TestToken'],
  ['src/test/TestTokens.sol', 'FeeOnTransferToken'],
  ['src/test/TestTokens.sol', 'ReentrantToken'],
];

const SETTINGS = {
  evmVersion: 'osaka',
  viaIR: true,
  optimizer: { enabled: true, runs: 200 },
  metadata: { bytecodeHash: 'none', appendCBOR: false },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
};

// compile returns solc's output for the given files (paths as keys).
function compile(files) {
  const sources = {};
  for (const f of files) sources[f.key] = { content: fs.readFileSync(f.path, 'utf8') };
  const dirs = files.map((f) => path.dirname(f.path));
  function findImports(p) {
    for (const base of [...dirs, __dirname, path.join(__dirname, 'node_modules')]) {
      const full = path.join(base, p);
      if (fs.existsSync(full)) return { contents: fs.readFileSync(full, 'utf8') };
    }
    return { error: 'not found: ' + p };
  }
  const input = { language: 'Solidity', sources, settings: SETTINGS };
  const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (out.errors || []).filter((e) => e.severity === 'error');
  if (errors.length) {
    for (const e of errors) console.error(e.formattedMessage);
    process.exit(1);
  }
  return out;
}

function pick(out, key, contract) {
  const c = out.contracts[key] && out.contracts[key][contract];
  if (!c) {
    console.error(`contract ${contract} not found in ${key}`);
    process.exit(1);
  }
  return c;
}

const args = process.argv.slice(2);
if (args[0] === '--build' && args[1]) {
  const outDir = args[1];
  const keys = [...new Set(ARTEFACTS.map(([f]) => f))];
  const out = compile(keys.map((k) => ({ key: k, path: path.join(__dirname, k) })));
  fs.mkdirSync(outDir, { recursive: true });
  for (const [file, contract] of ARTEFACTS) {
    const c = pick(out, file, contract);
    const combined = {
      contracts: { [`${file}:${contract}`]: { abi: c.abi, bin: c.evm.bytecode.object } },
      version: solc.version(),
    };
    fs.writeFileSync(path.join(outDir, contract + '.json'), JSON.stringify(combined, null, 1) + '\n');
  }
} else if (args.length === 2 && !args[0].startsWith('--')) {
  const [file, contract] = args;
  const key = path.basename(file);
  const c = pick(compile([{ key, path: file }]), key, contract);
  process.stdout.write(JSON.stringify({ abi: c.abi, bytecode: '0x' + c.evm.bytecode.object }) + '\n');
} else {
  console.error('usage: node compile.js FILE.sol CONTRACT | node compile.js --build OUTDIR');
  process.exit(2);
}

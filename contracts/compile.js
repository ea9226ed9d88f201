#!/usr/bin/env node
// Compiles Solidity with the pinned solc-js through its standard-JSON
// interface and prints {"abi": [...], "bytecode": "0x..."} for one contract.
// Reproducible: evmVersion is explicit and the metadata hash is off.
//
// usage: node compile.js FILE.sol CONTRACT
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const [file, contract] = process.argv.slice(2);
if (!file || !contract) {
  console.error('usage: node compile.js FILE.sol CONTRACT');
  process.exit(2);
}
const name = path.basename(file);
const input = {
  language: 'Solidity',
  sources: { [name]: { content: fs.readFileSync(file, 'utf8') } },
  settings: {
    evmVersion: 'osaka',
    optimizer: { enabled: true, runs: 200 },
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
function findImports(p) {
  for (const base of [path.dirname(file), __dirname, path.join(__dirname, 'node_modules')]) {
    const full = path.join(base, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, 'utf8') };
  }
  return { error: 'not found: ' + p };
}
const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (out.errors || []).filter((e) => e.severity === 'error');
if (errors.length) {
  for (const e of errors) console.error(e.formattedMessage);
  process.exit(1);
}
const c = out.contracts[name] && out.contracts[name][contract];
if (!c) {
  console.error(`contract ${contract} not found in ${file}`);
  process.exit(1);
}
process.stdout.write(JSON.stringify({ abi: c.abi, bytecode: '0x' + c.evm.bytecode.object }) + '\n');

#!/usr/bin/env node
// Builds the fixture site (dist-fixture/) that the "fixture" end-to-end tests run against: the
// real site with synthetic directory data (tests/fixtures/directory-site), built as of a fixed
// day so notices and "checked long ago" are deterministic, plus one fictional guide with a
// recording (tests/fixtures/audio-site), since no real guide has one yet.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

const FIXTURE_TODAY = '2026-11-29';
// Real guides and the fixture guide in one folder, outside content/ (dist-* is ignored by git).
const guides = 'dist-fixture-content/guides';

rmSync('dist-fixture-content', { recursive: true, force: true });
cpSync('content/guides', guides, { recursive: true });
cpSync('tests/fixtures/audio-site/guides', guides, { recursive: true });
const status =
  spawnSync(process.execPath, ['scripts/build.mjs'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DALIL_DIST: 'dist-fixture',
      DALIL_SERVICES_DIR: 'tests/fixtures/directory-site',
      DALIL_TODAY: FIXTURE_TODAY,
      DALIL_GUIDES_DIR: guides,
      DALIL_AUDIO_DIR: 'tests/fixtures/audio-site/audio',
    },
  }).status ?? 1;
rmSync('dist-fixture-content', { recursive: true, force: true });
process.exit(status);

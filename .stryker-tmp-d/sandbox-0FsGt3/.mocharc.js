// @ts-nocheck
// Mocha reads this file first: the settings in .mocharc.json, plus forbidOnly in CI so a stray `.only` fails the
// run instead of passing it with a tiny suite (issue #21). .ci/run sets CI=true.
module.exports = { ...require('./.mocharc.json'), forbidOnly: process.env.CI === 'true' };

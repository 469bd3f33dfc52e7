/**
 * One-line commands that compute a key's fingerprint (base64 of SHA-256 of the RAW key bytes) on the user's own
 * machine, so the key never has to be pasted into the chat (issue #4: the card prefers the safe path). Each reads
 * the key from AzCopy's `CPK_ENCRYPTION_KEY` variable; each was checked against the SDK test vector.
 */
// @ts-nocheck

export interface FingerprintCommand {
  shell: string;
  command: string;
}

export const FINGERPRINT_COMMANDS: readonly FingerprintCommand[] = [
  { shell: 'bash (openssl)', command: `printf '%s' "$CPK_ENCRYPTION_KEY" | base64 -d | openssl dgst -sha256 -binary | base64` },
  {
    shell: 'PowerShell',
    command:
      '[Convert]::ToBase64String([Security.Cryptography.SHA256]::Create().ComputeHash([Convert]::FromBase64String($env:CPK_ENCRYPTION_KEY)))',
  },
  {
    shell: 'Node.js',
    command: `node -e "console.log(require('crypto').createHash('sha256').update(Buffer.from(process.env.CPK_ENCRYPTION_KEY,'base64')).digest('base64'))"`,
  },
  {
    shell: 'Python',
    command: `python3 -c "import os,base64,hashlib;print(base64.b64encode(hashlib.sha256(base64.b64decode(os.environ['CPK_ENCRYPTION_KEY'])).digest()).decode())"`,
  },
];

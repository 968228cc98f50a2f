/**
 * The public keys list updates must be signed with (SPKI PEM, ECDSA P-256). Two, so that a key
 * can be rotated: a new release pins the next key beside the current one before the current one
 * signs its last bundle (docs/list-updates.md). The private keys are kept by the maintainers,
 * never in this repository or a build.
 */
export const PINNED_LIST_KEYS: readonly string[] = [
  `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEK8sTFpKivi0El5m47Q8YW7KuETrS
EqVq3kZBVy7mKCGyGlbbnxHcGtaXMgcdYyErlMCx4IJUdseYwBNNKDrsTw==
-----END PUBLIC KEY-----`,
  `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAELvwUtjzoR6kJQen8vxAoqaqk6WzK
LNbKkO9Da1iuzvEblGVVCmCGPpgt/g7LpgT92LifeZcuSZfX5U4Fs+vaAw==
-----END PUBLIC KEY-----`,
];

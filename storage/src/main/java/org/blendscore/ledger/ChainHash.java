/*
 * Copyright 2026 the Blendscore authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.blendscore.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 hash that chains a ledger entry to the one before it. It covers the previous entry's
 * hash and a canonical encoding of the entry: a format tag, then the subject id, the sequence number,
 * the kind and the payload, each as its UTF-8 length in decimal, a colon and its UTF-8 bytes, so that
 * no two different entries encode alike (moving text from one field to the next changes a length).
 */
public final class ChainHash {

    /** The previous hash of a chain's first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] TAG = "blendscore.ledger/1".getBytes(StandardCharsets.UTF_8);

    private ChainHash() {
    }

    /**
     * The hash of an entry.
     *
     * @param previousHash the previous entry's hash, or {@link #GENESIS}
     * @param subjectId    the subject
     * @param seq          the sequence number
     * @param kind         the kind
     * @param payload      the payload
     * @return the SHA-256, as 64 lower-case hex digits
     */
    public static String of(String previousHash, String subjectId, long seq, EntryKind kind, String payload) {
        MessageDigest sha = sha256();
        field(sha, TAG);
        field(sha, previousHash.getBytes(StandardCharsets.UTF_8));
        field(sha, subjectId.getBytes(StandardCharsets.UTF_8));
        field(sha, Long.toString(seq).getBytes(StandardCharsets.UTF_8));
        field(sha, kind.name().getBytes(StandardCharsets.UTF_8));
        field(sha, payload.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, byte[] bytes) {
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must support SHA-256 (MessageDigest's Javadoc)
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }
}

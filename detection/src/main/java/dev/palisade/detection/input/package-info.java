/**
 * Request input inspection: recognizes SQL injection, cross-site scripting, OS command injection and
 * path traversal in single request values (query and form values, path segments, cookies, headers,
 * JSON string leaves) before the application sees them.
 *
 * <p>Entry point: {@link dev.palisade.detection.input.InputInspector}. Each value is first decoded by
 * {@link dev.palisade.detection.input.InputNormalizer} (repeated percent-decoding, HTML entities,
 * backslash escapes, NFKC, case folding, bounded by an inspection cap), then handed to the enabled
 * detectors. Every detector is a hand-written scanner or tokenizer that runs in time linear in the
 * input; none uses {@code java.util.regex} on request data. Results are immutable
 * {@link dev.palisade.detection.input.Detection} values.
 *
 * <p>The package has no dependencies beyond the JDK so that the agent can load it anywhere.
 */
package dev.palisade.detection.input;

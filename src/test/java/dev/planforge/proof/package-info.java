/**
 * Proof that every plan {@code validate} accepts renders in every format (issue 7): generated
 * plans ({@link dev.planforge.proof.PlanGenerator}), the example plans with one part taken away
 * ({@link dev.planforge.proof.Variants}), and the minimal plans of failures found so far
 * ({@code src/test/resources/proof/known-failures}). The default run is bounded; {@code -Pproof}
 * runs thousands of plans, each also to PDF.
 */
package dev.planforge.proof;

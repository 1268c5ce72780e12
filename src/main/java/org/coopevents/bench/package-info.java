/** Benchmarks of the plain-Java stages (run with the project's class path; no Beam). */
package org.coopevents.bench;

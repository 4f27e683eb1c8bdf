/**
 * The benchmark of issue 6: pdbot against the raw mail transport and a plain Camel route on one embedded
 * GreenMail, plus pickup latency, a large attachment under {@code -Xmx256m}, history look-ups and start-up.
 *
 * <p>Run: {@code mvn -Pbench verify} (unit tests skipped), options as {@code -Dbench.n=2000 -Dbench.reps=3
 * -Dbench.warmup=200 -Dbench.pickup=50 -Dbench.bigMb=100 -Dbench.bigTimeoutS=180
 * -Dbench.historyRows=1000,100000 -Dbench.only=throughput,profile,pickup,big,startup,history
 * -Dbench.contenders=raw,camel,pdbot}. Results go to {@code target/bench/results.json}, pdbot's log to
 * {@code target/bench/bench.log}, child JVMs' output to {@code target/bench/*-child.log}.
 *
 * <p>Where things are: {@link org.pdbot.bench.Benchmark} runs the sections; each contender is a
 * {@link org.pdbot.bench.Contender}; {@link org.pdbot.bench.History#QUERIES} is where a new history
 * measurement (status, reply matching) goes; {@link org.pdbot.bench.StackSampler} files the profile run's
 * samples by stage. {@code BenchmarkHarnessTest} runs a small N in the regular test suite.
 * {@link org.pdbot.bench.CaseCpuProfile} measures one case's CPU stage by stage, in-process and without mail
 * servers (its javadoc has the command).
 */
package org.pdbot.bench;

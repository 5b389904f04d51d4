package io.sparkworkbench.engine;

/** A piece of Spark work run on the engine executor under its own job tag. */
@FunctionalInterface
public interface EngineWork<T> {
    T run(EngineContext context) throws Exception;
}

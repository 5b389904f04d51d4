package io.sparkworkbench.engine.connect;

import java.io.Serializable;

/**
 * This side's copy of a class that a "master of another version" has in another shape: the fake master
 * replies with its own copy (compiled at test time, another serialVersionUID), as a Spark 3.5 master's
 * WorkerInfo would reach a 4.1 driver.
 */
public final class OtherVersionState implements Serializable {
    private static final long serialVersionUID = 41L;
    public String host = "";
}

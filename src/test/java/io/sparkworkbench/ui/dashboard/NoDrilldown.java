package io.sparkworkbench.ui.dashboard;

/** For tests that do not click through to other tabs: every drill-down goes nowhere. */
final class NoDrilldown implements Drilldown {

    @Override
    public void segment(int segment, String name) {
    }

    @Override
    public void product(long productId) {
    }

    @Override
    public void community(long community) {
    }
}

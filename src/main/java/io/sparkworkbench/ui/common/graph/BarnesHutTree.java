package io.sparkworkbench.ui.common.graph;

import java.util.Arrays;

/**
 * A quadtree over node positions for the Barnes–Hut approximation of all-pairs repulsion: a cell far
 * enough away (its side over its distance below θ) acts as one body of its total mass at its centre of
 * mass, so a step costs O(n log n) instead of O(n²). Flat arrays, rebuilt every step, reused between
 * steps so a layout allocates nothing per step once warm. One thread only (the layout's).
 */
final class BarnesHutTree {

    /** Below this depth every body gets its own leaf; beyond it coincident bodies share one. */
    private static final int MAX_DEPTH = 40;
    private static final int EMPTY = -1;
    private static final int SHARED = -2;

    private int[] firstChild = new int[0];
    /** A leaf's one body, EMPTY, or SHARED when bodies closer than the deepest cell share it. */
    private int[] body = new int[0];
    private double[] mass = new double[0];
    private double[] sumX = new double[0];
    private double[] sumY = new double[0];
    private double[] centreX = new double[0];
    private double[] centreY = new double[0];
    private double[] half = new double[0];
    private int cells;
    private int[] stack = new int[64];

    void build(double[] x, double[] y, int n) {
        double lo = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY;
        double hiY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, x[i]);
            hiX = Math.max(hiX, x[i]);
            loY = Math.min(loY, y[i]);
            hiY = Math.max(hiY, y[i]);
        }
        cells = 0;
        ensure(4 * n + 8);
        double side = Math.max(Math.max(hiX - lo, hiY - loY), 1e-9) * 1.0001;
        newCell((lo + hiX) / 2, (loY + hiY) / 2, side / 2);
        for (int i = 0; i < n; i++) {
            insert(i, x, y);
        }
    }

    private void insert(int i, double[] x, double[] y) {
        int cell = 0;
        int depth = 0;
        while (true) {
            mass[cell] += 1;
            sumX[cell] += x[i];
            sumY[cell] += y[i];
            if (firstChild[cell] >= 0) {
                cell = firstChild[cell] + quadrant(cell, x[i], y[i]);
                depth++;
                continue;
            }
            if (body[cell] == EMPTY) {
                body[cell] = i;
                return;
            }
            if (body[cell] == SHARED || depth >= MAX_DEPTH) {
                body[cell] = SHARED;
                return;
            }
            // A leaf with one body: split it and move that body down; this one carries on below.
            int other = body[cell];
            body[cell] = EMPTY;
            split(cell);
            int child = firstChild[cell] + quadrant(cell, x[other], y[other]);
            mass[child] = 1;
            sumX[child] = x[other];
            sumY[child] = y[other];
            body[child] = other;
            cell = firstChild[cell] + quadrant(cell, x[i], y[i]);
            depth++;
        }
    }

    private int quadrant(int cell, double px, double py) {
        return (px >= centreX[cell] ? 1 : 0) + (py >= centreY[cell] ? 2 : 0);
    }

    private void split(int cell) {
        double h = half[cell] / 2;
        int first = cells;
        ensure(cells + 4);
        newCell(centreX[cell] - h, centreY[cell] - h, h);
        newCell(centreX[cell] + h, centreY[cell] - h, h);
        newCell(centreX[cell] - h, centreY[cell] + h, h);
        newCell(centreX[cell] + h, centreY[cell] + h, h);
        firstChild[cell] = first;
    }

    private void newCell(double cx, double cy, double h) {
        int c = cells++;
        firstChild[c] = -1;
        body[c] = EMPTY;
        mass[c] = 0;
        sumX[c] = 0;
        sumY[c] = 0;
        centreX[c] = cx;
        centreY[c] = cy;
        half[c] = h;
    }

    private void ensure(int capacity) {
        if (firstChild.length >= capacity) {
            return;
        }
        int size = Math.max(capacity, firstChild.length * 2);
        firstChild = Arrays.copyOf(firstChild, size);
        body = Arrays.copyOf(body, size);
        mass = Arrays.copyOf(mass, size);
        sumX = Arrays.copyOf(sumX, size);
        sumY = Arrays.copyOf(sumY, size);
        centreX = Arrays.copyOf(centreX, size);
        centreY = Arrays.copyOf(centreY, size);
        half = Arrays.copyOf(half, size);
    }

    /**
     * Adds to {@code out} the repulsion on body i at (px, py) from all others: strength / distance along
     * the line away from each (the spring-electrical model's K²C/d). A cell containing the body is always
     * opened, so a body never repels itself.
     */
    void repulsion(int i, double px, double py, double theta, double strength, double[] out) {
        double fx = 0;
        double fy = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int c = stack[--top];
            double m = mass[c];
            if (m == 0) {
                continue;
            }
            int leafBody = body[c];
            if (leafBody == i) {
                continue;
            }
            boolean leaf = firstChild[c] < 0;
            boolean inside = Math.abs(px - centreX[c]) <= half[c] && Math.abs(py - centreY[c]) <= half[c];
            double mx = sumX[c];
            double my = sumY[c];
            if (leaf && inside && leafBody == SHARED) {
                // Bodies that share the deepest cell with this one: leave this one out of the centre of mass.
                m -= 1;
                mx -= px;
                my -= py;
                if (m <= 0) {
                    continue;
                }
            }
            double dx = px - mx / m;
            double dy = py - my / m;
            double d2 = dx * dx + dy * dy;
            if (leaf || (!inside && (2 * half[c]) * (2 * half[c]) < theta * theta * d2)) {
                if (d2 < 1e-18) {
                    continue;
                }
                double f = strength * m / d2;
                fx += dx * f;
                fy += dy * f;
            } else {
                if (top + 4 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                int first = firstChild[c];
                stack[top++] = first;
                stack[top++] = first + 1;
                stack[top++] = first + 2;
                stack[top++] = first + 3;
            }
        }
        out[0] += fx;
        out[1] += fy;
    }
}

package org.cync.sandbox;

/**
 * Entry point of {@code target/cync-sandbox.jar}. Placeholder until the sandbox lands (issue: Graph
 * sandbox).
 */
public final class SandboxMain {
  private SandboxMain() {}

  public static void main(String[] args) {
    System.err.println("The Graph sandbox is not built yet.");
    System.exit(2);
  }
}

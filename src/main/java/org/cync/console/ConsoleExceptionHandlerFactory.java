package org.cync.console;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * Registered in faces-config.xml so that every page's exceptions go through {@link
 * ConsoleExceptionHandler}.
 */
public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {
  public ConsoleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ConsoleExceptionHandler(getWrapped().getExceptionHandler());
  }
}

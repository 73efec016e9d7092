package vn.coforms.server.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Types a certificate's fields into an entry screen the way a person would: each value into the
 * control for its JSON path ({@code items[1].criterion}), ticking boxes and choosing options.
 */
final class ScreenFiller {
  private final WebDriver driver;

  ScreenFiller(WebDriver driver) {
    this.driver = driver;
  }

  /** Fills every leaf of {@code fields} (the certificate's {@code fields} object). */
  void fill(JsonNode fields) {
    fill("", fields);
  }

  private void fill(String path, JsonNode node) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        fill(path.isEmpty() ? child.getKey() : path + "." + child.getKey(), child.getValue());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        fill(path + "[" + i + "]", node.get(i));
      }
    } else {
      set(path, node.asText());
    }
  }

  /**
   * Puts {@code value} into the control for {@code path}, found by the id the screens give it:
   * {@code items[1].criterion} is {@code f-items-1-criterion}.
   */
  void set(String path, String value) {
    WebElement control = driver.findElement(By.id(id(path)));
    String type = String.valueOf(control.getAttribute("type"));
    switch (control.getTagName()) {
      case "select" -> new Select(control).selectByValue(value);
      case "input" -> {
        switch (type) {
          case "checkbox" -> {
            if (control.isSelected() != Boolean.parseBoolean(value)) {
              control.click();
            }
          }
          // A date picker takes keystrokes in the browser's locale order; set it as a script
          // would after picking, and tell the page it changed.
          case "date" ->
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "arguments[0].value = arguments[1];"
                          + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                          + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                      control,
                      value);
          default -> type(control, value);
        }
      }
      default -> type(control, value);
    }
  }

  static String id(String path) {
    return "f-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
  }

  private static void type(WebElement control, String value) {
    control.clear();
    control.sendKeys(value);
  }
}

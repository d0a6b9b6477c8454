"""Measures the contrast a reader sees: an element's text and outline against its real background.

axe-core checks contrast only in the state a page is loaded in. Hover, focus, active and
disabled states are forced here through the DevTools protocol (``CSS.forcePseudoState``),
so nothing is clicked, and the colours are read from computed styles.
"""

from __future__ import annotations

from dataclasses import dataclass

# Reads computed colours in the browser. The background is found by walking up from the
# element and compositing every translucent background over the one behind it; opacity on
# the element or an ancestor fades its text and background over what lies behind.
COLOURS_JS = """
(element) => {
  const parse = (value) => {
    const rgb = value.match(/^rgba?\\(([^)]+)\\)$/);
    if (rgb) {
      const [r, g, b, a = "1"] = rgb[1].split(/[ ,\\/]+/).filter(Boolean);
      return [+r, +g, +b, +a];
    }
    const srgb = value.match(/^color\\(srgb ([^)]+)\\)$/);
    if (srgb) {
      const [r, g, b, , a = "1"] = srgb[1].split(/\\s+/);
      return [r * 255, g * 255, b * 255, +a];
    }
    throw new Error("unreadable colour: " + value);
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
  };
  const chain = [];
  for (let node = element; node && node.nodeType === 1; node = node.parentElement) chain.push(node);
  let behind = [255, 255, 255, 1];  // the canvas, if no element paints a background
  let around = behind;  // what surrounds the element: where its outline is drawn
  let opacity = 1;
  for (const node of chain.reverse()) {
    const style = getComputedStyle(node);
    if (node === element) around = behind;
    opacity *= parseFloat(style.opacity);
    const paint = parse(style.backgroundColor);
    behind = over([...paint.slice(0, 3), paint[3] * opacity], behind);
  }
  const style = getComputedStyle(element);
  const text = parse(style.color);
  const border = parse(style.borderTopColor);
  const outline = parse(style.outlineColor);
  const fade = (colour) => over([...colour.slice(0, 3), colour[3] * opacity], behind);
  return {
    text: fade(text), border: fade(border), outline: outline.slice(0, 3), background: behind, around,
    borderWidth: parseFloat(style.borderTopWidth),
    outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
    boxShadow: style.boxShadow,
  };
}
"""


def relative_luminance(rgb: list[float]) -> float:
    """WCAG 2 relative luminance of an sRGB colour given as 0–255 channels."""

    def linear(channel: float) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: list[float], second: list[float]) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1.0 to 21.0)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def hex_colour(rgb: list[float]) -> str:
    """``#rrggbb`` for a message."""
    return "#" + "".join(f"{round(c):02x}" for c in rgb[:3])


@dataclass
class Measurement:
    """One control in one state: its colours as painted and the contrast they give."""

    page: str
    control: str
    state: str
    colours: dict

    @property
    def text_ratio(self) -> float:
        return contrast_ratio(self.colours["text"], self.colours["background"])

    @property
    def border_ratio(self) -> float:
        return contrast_ratio(self.colours["border"], self.colours["background"])

    @property
    def outline_ratio(self) -> float:
        """The focus ring is drawn around the control, so it is measured against what surrounds it."""
        return contrast_ratio(self.colours["outline"], self.colours["around"])

    def describe(self, what: str = "text") -> str:
        """``page / control / state: text #fff on #fff = 1.00:1`` for an assertion message."""
        colour = self.colours[what]
        ratio = contrast_ratio(colour, self.colours["background"])
        return (
            f"{self.page} / {self.control} / {self.state}: {what} {hex_colour(colour)} "
            f"on {hex_colour(self.colours['background'])} = {ratio:.2f}:1"
        )


class PseudoStates:
    """Forces :hover, :focus, :focus-visible, :active on one element at a time through CDP."""

    def __init__(self, page) -> None:
        self._cdp = page.context.new_cdp_session(page)
        self._cdp.send("DOM.enable")
        self._cdp.send("CSS.enable")

    def force(self, selector: str, states: list[str]) -> None:
        """Force exactly ``states`` on the element ``selector`` finds (``[]`` clears them)."""
        root = self._cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = self._cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        assert node, f"no element for {selector}"
        self._cdp.send("CSS.forcePseudoState", {"nodeId": node, "forcedPseudoClasses": states})

import { themeOf } from "../../src/office/theme";

describe("the pane's colours follow Office's", () => {
  it("is light in a light Office, and where Office says nothing", () => {
    expect(themeOf({ bodyBackgroundColor: "#FFFFFF", isDarkTheme: false }, false)).toBe("light");
    expect(themeOf(undefined, false)).toBe("light");
    expect(themeOf({ bodyBackgroundColor: "not a colour" }, false)).toBe("light");
  });

  it("is dark when Office says so, or when its task panes are dark (Office 2016 has no isDarkTheme)", () => {
    expect(themeOf({ isDarkTheme: true }, false)).toBe("dark");
    expect(themeOf({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(themeOf({ bodyBackgroundColor: "#E6E6E6" }, false)).toBe("light");
  });

  it("gives way to the system's high contrast", () => {
    expect(themeOf({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe("contrast");
  });
});

// LibreOffice and Chromium take seconds, more on a busy CI machine: never jest's 5 s default.
jest.setTimeout(180_000);

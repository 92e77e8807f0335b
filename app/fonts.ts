import localFont from "next/font/local";

// Inter from the npm package (@fontsource-variable/inter): builds offline, no request to Google.
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
});

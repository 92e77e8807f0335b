import type { Config } from "tailwindcss";

// Tailwind 4 reads its theme from app/globals.css (@theme); this file is loaded there with @config
// so the content paths and brand colours live in one typed place.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef6ff", 100: "#d9eaff", 600: "#1d4ed8", 700: "#1e40af", 900: "#172554" },
      },
      fontFamily: { sans: ["var(--font-inter)", "system-ui", "sans-serif"] },
    },
  },
};

export default config;

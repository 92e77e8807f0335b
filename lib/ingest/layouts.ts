/** Every layout the import reads, tried in this order against the file's header. */
import { canonicalLayout } from "./formats/canonical";
import { itraLayout } from "./formats/itra";
import { liveLayout } from "./formats/live";
import { ultrasignupLayout } from "./formats/ultrasignup";
import type { ResultsLayout } from "./layout";

export const LAYOUTS: readonly ResultsLayout[] = [liveLayout, canonicalLayout, itraLayout, ultrasignupLayout];

/**
 * The one script every page carries, inline in <head> (src/integrations/text-size.ts bundles it):
 * the 字号 control (applied before the first paint) and the header's 菜单 button.
 */
import './text-size.ts';
import './menu.ts';

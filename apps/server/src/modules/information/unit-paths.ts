/** The paths of a unit and every unit above it, from its own path ("/a/b/c/" → "/a/", "/a/b/", "/a/b/c/"). */
export function pathsUpTo(path: string): string[] {
  const ids = path.split("/").filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join("/")}/`);
}

export function App() {
  return (
    <main>
      <h1>Weerbaar</h1>
    </main>
  );
}

// Production builds use Phaser's canvas-only core plus the game objects the board needs: the board
// draws with the canvas renderer anyway, and the WebGL renderer is most of Phaser's weight.
// Recheck the imports on every Phaser upgrade: they follow Phaser's source layout.
import Phaser from '../../node_modules/phaser/src/phaser-core.js';
import '../../node_modules/phaser/src/gameobjects/container/ContainerFactory.js';
import '../../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';
import Container from '../../node_modules/phaser/src/gameobjects/container/Container.js';
import Rectangle from '../../node_modules/phaser/src/gameobjects/shape/rectangle/Rectangle.js';

Phaser.GameObjects.Container = Container;
Phaser.GameObjects.Rectangle = Rectangle;
export default Phaser;

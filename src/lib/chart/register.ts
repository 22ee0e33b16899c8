import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, SubTitle, Title, Tooltip } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

/** Only the Chart.js parts the configurations use: tree-shaking keeps the rest out. */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, SubTitle, Tooltip, annotationPlugin);

export { Chart };
